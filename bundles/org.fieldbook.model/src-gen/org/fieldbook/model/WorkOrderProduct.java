/**
 */
package org.fieldbook.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Work Order Product</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbook.model.WorkOrderProduct#getWorkOrder <em>Work Order</em>}</li>
 *   <li>{@link org.fieldbook.model.WorkOrderProduct#getProduct <em>Product</em>}</li>
 *   <li>{@link org.fieldbook.model.WorkOrderProduct#getBooking <em>Booking</em>}</li>
 *   <li>{@link org.fieldbook.model.WorkOrderProduct#getQuantity <em>Quantity</em>}</li>
 *   <li>{@link org.fieldbook.model.WorkOrderProduct#getEstimateQuantity <em>Estimate Quantity</em>}</li>
 *   <li>{@link org.fieldbook.model.WorkOrderProduct#getLineStatus <em>Line Status</em>}</li>
 * </ul>
 *
 * @see org.fieldbook.model.FieldbookPackage#getWorkOrderProduct()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='quantitiesNotNegative'"
 *        annotation="http://www.fieldbook.org/dataverse logicalName='msdyn_workorderproduct' entitySet='msdyn_workorderproducts'"
 * @generated
 */
public interface WorkOrderProduct extends org.fieldbook.model.Record {
	/**
	 * Returns the value of the '<em><b>Work Order</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Work Order</em>' reference.
	 * @see #setWorkOrder(WorkOrder)
	 * @see org.fieldbook.model.FieldbookPackage#getWorkOrderProduct_WorkOrder()
	 * @model annotation="http://www.fieldbook.org/dataverse column='_msdyn_workorder_value' navigation='msdyn_workorder'"
	 * @generated
	 */
	WorkOrder getWorkOrder();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.WorkOrderProduct#getWorkOrder <em>Work Order</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Work Order</em>' reference.
	 * @see #getWorkOrder()
	 * @generated
	 */
	void setWorkOrder(WorkOrder value);

	/**
	 * Returns the value of the '<em><b>Product</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Product</em>' reference.
	 * @see #setProduct(Product)
	 * @see org.fieldbook.model.FieldbookPackage#getWorkOrderProduct_Product()
	 * @model annotation="http://www.fieldbook.org/dataverse column='_msdyn_product_value' navigation='msdyn_product'"
	 * @generated
	 */
	Product getProduct();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.WorkOrderProduct#getProduct <em>Product</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Product</em>' reference.
	 * @see #getProduct()
	 * @generated
	 */
	void setProduct(Product value);

	/**
	 * Returns the value of the '<em><b>Booking</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Booking</em>' reference.
	 * @see #setBooking(Booking)
	 * @see org.fieldbook.model.FieldbookPackage#getWorkOrderProduct_Booking()
	 * @model annotation="http://www.fieldbook.org/dataverse column='_msdyn_booking_value' navigation='msdyn_booking'"
	 * @generated
	 */
	Booking getBooking();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.WorkOrderProduct#getBooking <em>Booking</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Booking</em>' reference.
	 * @see #getBooking()
	 * @generated
	 */
	void setBooking(Booking value);

	/**
	 * Returns the value of the '<em><b>Quantity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Quantity</em>' attribute.
	 * @see #setQuantity(double)
	 * @see org.fieldbook.model.FieldbookPackage#getWorkOrderProduct_Quantity()
	 * @model annotation="http://www.fieldbook.org/dataverse column='msdyn_quantity'"
	 * @generated
	 */
	double getQuantity();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.WorkOrderProduct#getQuantity <em>Quantity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quantity</em>' attribute.
	 * @see #getQuantity()
	 * @generated
	 */
	void setQuantity(double value);

	/**
	 * Returns the value of the '<em><b>Estimate Quantity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Estimate Quantity</em>' attribute.
	 * @see #setEstimateQuantity(double)
	 * @see org.fieldbook.model.FieldbookPackage#getWorkOrderProduct_EstimateQuantity()
	 * @model annotation="http://www.fieldbook.org/dataverse column='msdyn_estimatequantity'"
	 * @generated
	 */
	double getEstimateQuantity();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.WorkOrderProduct#getEstimateQuantity <em>Estimate Quantity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Estimate Quantity</em>' attribute.
	 * @see #getEstimateQuantity()
	 * @generated
	 */
	void setEstimateQuantity(double value);

	/**
	 * Returns the value of the '<em><b>Line Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.fieldbook.model.LineStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Line Status</em>' attribute.
	 * @see org.fieldbook.model.LineStatus
	 * @see #setLineStatus(LineStatus)
	 * @see org.fieldbook.model.FieldbookPackage#getWorkOrderProduct_LineStatus()
	 * @model annotation="http://www.fieldbook.org/dataverse column='msdyn_linestatus'"
	 * @generated
	 */
	LineStatus getLineStatus();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.WorkOrderProduct#getLineStatus <em>Line Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line Status</em>' attribute.
	 * @see org.fieldbook.model.LineStatus
	 * @see #getLineStatus()
	 * @generated
	 */
	void setLineStatus(LineStatus value);

} // WorkOrderProduct
