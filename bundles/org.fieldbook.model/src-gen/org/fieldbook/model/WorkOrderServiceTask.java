/**
 */
package org.fieldbook.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Work Order Service Task</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbook.model.WorkOrderServiceTask#getName <em>Name</em>}</li>
 *   <li>{@link org.fieldbook.model.WorkOrderServiceTask#getWorkOrder <em>Work Order</em>}</li>
 *   <li>{@link org.fieldbook.model.WorkOrderServiceTask#getBooking <em>Booking</em>}</li>
 *   <li>{@link org.fieldbook.model.WorkOrderServiceTask#getPercentComplete <em>Percent Complete</em>}</li>
 *   <li>{@link org.fieldbook.model.WorkOrderServiceTask#getResult <em>Result</em>}</li>
 *   <li>{@link org.fieldbook.model.WorkOrderServiceTask#getEstimatedDuration <em>Estimated Duration</em>}</li>
 *   <li>{@link org.fieldbook.model.WorkOrderServiceTask#getActualDuration <em>Actual Duration</em>}</li>
 *   <li>{@link org.fieldbook.model.WorkOrderServiceTask#getLineOrder <em>Line Order</em>}</li>
 *   <li>{@link org.fieldbook.model.WorkOrderServiceTask#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @see org.fieldbook.model.FieldbookPackage#getWorkOrderServiceTask()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='percentCompleteInRange durationsNotNegative'"
 *        annotation="http://www.fieldbook.org/dataverse logicalName='msdyn_workorderservicetask' entitySet='msdyn_workorderservicetasks'"
 * @generated
 */
public interface WorkOrderServiceTask extends org.fieldbook.model.Record {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.fieldbook.model.FieldbookPackage#getWorkOrderServiceTask_Name()
	 * @model annotation="http://www.fieldbook.org/dataverse column='msdyn_name' maxLength='100'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.WorkOrderServiceTask#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Work Order</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Work Order</em>' reference.
	 * @see #setWorkOrder(WorkOrder)
	 * @see org.fieldbook.model.FieldbookPackage#getWorkOrderServiceTask_WorkOrder()
	 * @model annotation="http://www.fieldbook.org/dataverse column='_msdyn_workorder_value' navigation='msdyn_workorder'"
	 * @generated
	 */
	WorkOrder getWorkOrder();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.WorkOrderServiceTask#getWorkOrder <em>Work Order</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Work Order</em>' reference.
	 * @see #getWorkOrder()
	 * @generated
	 */
	void setWorkOrder(WorkOrder value);

	/**
	 * Returns the value of the '<em><b>Booking</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Booking</em>' reference.
	 * @see #setBooking(Booking)
	 * @see org.fieldbook.model.FieldbookPackage#getWorkOrderServiceTask_Booking()
	 * @model annotation="http://www.fieldbook.org/dataverse column='_msdyn_booking_value' navigation='msdyn_booking'"
	 * @generated
	 */
	Booking getBooking();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.WorkOrderServiceTask#getBooking <em>Booking</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Booking</em>' reference.
	 * @see #getBooking()
	 * @generated
	 */
	void setBooking(Booking value);

	/**
	 * Returns the value of the '<em><b>Percent Complete</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 0 to 100; 100 means done.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Percent Complete</em>' attribute.
	 * @see #setPercentComplete(double)
	 * @see org.fieldbook.model.FieldbookPackage#getWorkOrderServiceTask_PercentComplete()
	 * @model annotation="http://www.fieldbook.org/dataverse column='msdyn_percentcomplete'"
	 * @generated
	 */
	double getPercentComplete();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.WorkOrderServiceTask#getPercentComplete <em>Percent Complete</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Percent Complete</em>' attribute.
	 * @see #getPercentComplete()
	 * @generated
	 */
	void setPercentComplete(double value);

	/**
	 * Returns the value of the '<em><b>Result</b></em>' attribute.
	 * The literals are from the enumeration {@link org.fieldbook.model.TaskResult}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Result</em>' attribute.
	 * @see org.fieldbook.model.TaskResult
	 * @see #setResult(TaskResult)
	 * @see org.fieldbook.model.FieldbookPackage#getWorkOrderServiceTask_Result()
	 * @model annotation="http://www.fieldbook.org/dataverse column='msdyn_inspectiontaskresult'"
	 * @generated
	 */
	TaskResult getResult();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.WorkOrderServiceTask#getResult <em>Result</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Result</em>' attribute.
	 * @see org.fieldbook.model.TaskResult
	 * @see #getResult()
	 * @generated
	 */
	void setResult(TaskResult value);

	/**
	 * Returns the value of the '<em><b>Estimated Duration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Minutes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Estimated Duration</em>' attribute.
	 * @see #setEstimatedDuration(int)
	 * @see org.fieldbook.model.FieldbookPackage#getWorkOrderServiceTask_EstimatedDuration()
	 * @model annotation="http://www.fieldbook.org/dataverse column='msdyn_estimatedduration'"
	 * @generated
	 */
	int getEstimatedDuration();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.WorkOrderServiceTask#getEstimatedDuration <em>Estimated Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Estimated Duration</em>' attribute.
	 * @see #getEstimatedDuration()
	 * @generated
	 */
	void setEstimatedDuration(int value);

	/**
	 * Returns the value of the '<em><b>Actual Duration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Minutes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Actual Duration</em>' attribute.
	 * @see #setActualDuration(int)
	 * @see org.fieldbook.model.FieldbookPackage#getWorkOrderServiceTask_ActualDuration()
	 * @model annotation="http://www.fieldbook.org/dataverse column='msdyn_actualduration'"
	 * @generated
	 */
	int getActualDuration();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.WorkOrderServiceTask#getActualDuration <em>Actual Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Actual Duration</em>' attribute.
	 * @see #getActualDuration()
	 * @generated
	 */
	void setActualDuration(int value);

	/**
	 * Returns the value of the '<em><b>Line Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Line Order</em>' attribute.
	 * @see #setLineOrder(int)
	 * @see org.fieldbook.model.FieldbookPackage#getWorkOrderServiceTask_LineOrder()
	 * @model annotation="http://www.fieldbook.org/dataverse column='msdyn_lineorder'"
	 * @generated
	 */
	int getLineOrder();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.WorkOrderServiceTask#getLineOrder <em>Line Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line Order</em>' attribute.
	 * @see #getLineOrder()
	 * @generated
	 */
	void setLineOrder(int value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.fieldbook.model.FieldbookPackage#getWorkOrderServiceTask_Description()
	 * @model annotation="http://www.fieldbook.org/dataverse column='msdyn_description' maxLength='4000'"
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.WorkOrderServiceTask#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A task is done when it is 100 % complete.
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	boolean isCompleted();

} // WorkOrderServiceTask
