/**
 */
package org.fieldbook.model;

import java.time.Instant;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sync Summary</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What one sync cycle of a device did and what the device holds after it, uploaded at the cycle's end so administrators see which devices are stale. Fieldbook's own table (publisher prefix fieldbook_), a solution's custom table in a Dataverse organization; the user is whoever uploaded it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbook.model.SyncSummary#getDevice <em>Device</em>}</li>
 *   <li>{@link org.fieldbook.model.SyncSummary#getStartedOn <em>Started On</em>}</li>
 *   <li>{@link org.fieldbook.model.SyncSummary#getFinishedOn <em>Finished On</em>}</li>
 *   <li>{@link org.fieldbook.model.SyncSummary#getDurationMillis <em>Duration Millis</em>}</li>
 *   <li>{@link org.fieldbook.model.SyncSummary#isSucceeded <em>Succeeded</em>}</li>
 *   <li>{@link org.fieldbook.model.SyncSummary#getMessage <em>Message</em>}</li>
 *   <li>{@link org.fieldbook.model.SyncSummary#getRowsOnDevice <em>Rows On Device</em>}</li>
 *   <li>{@link org.fieldbook.model.SyncSummary#getPendingEdits <em>Pending Edits</em>}</li>
 *   <li>{@link org.fieldbook.model.SyncSummary#getOpenErrors <em>Open Errors</em>}</li>
 *   <li>{@link org.fieldbook.model.SyncSummary#getClientVersion <em>Client Version</em>}</li>
 * </ul>
 *
 * @see org.fieldbook.model.FieldbookPackage#getSyncSummary()
 * @model annotation="http://www.fieldbook.org/dataverse logicalName='fieldbook_syncsummary' entitySet='fieldbook_syncsummaries'"
 * @generated
 */
public interface SyncSummary extends org.fieldbook.model.Record {
	/**
	 * Returns the value of the '<em><b>Device</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The device's name, as its computer calls itself.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Device</em>' attribute.
	 * @see #setDevice(String)
	 * @see org.fieldbook.model.FieldbookPackage#getSyncSummary_Device()
	 * @model annotation="http://www.fieldbook.org/dataverse column='fieldbook_device' maxLength='400'"
	 * @generated
	 */
	String getDevice();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.SyncSummary#getDevice <em>Device</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device</em>' attribute.
	 * @see #getDevice()
	 * @generated
	 */
	void setDevice(String value);

	/**
	 * Returns the value of the '<em><b>Started On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Started On</em>' attribute.
	 * @see #setStartedOn(Instant)
	 * @see org.fieldbook.model.FieldbookPackage#getSyncSummary_StartedOn()
	 * @model dataType="org.fieldbook.model.Instant"
	 *        annotation="http://www.fieldbook.org/dataverse column='fieldbook_startedon'"
	 * @generated
	 */
	Instant getStartedOn();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.SyncSummary#getStartedOn <em>Started On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Started On</em>' attribute.
	 * @see #getStartedOn()
	 * @generated
	 */
	void setStartedOn(Instant value);

	/**
	 * Returns the value of the '<em><b>Finished On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Finished On</em>' attribute.
	 * @see #setFinishedOn(Instant)
	 * @see org.fieldbook.model.FieldbookPackage#getSyncSummary_FinishedOn()
	 * @model dataType="org.fieldbook.model.Instant"
	 *        annotation="http://www.fieldbook.org/dataverse column='fieldbook_finishedon'"
	 * @generated
	 */
	Instant getFinishedOn();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.SyncSummary#getFinishedOn <em>Finished On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Finished On</em>' attribute.
	 * @see #getFinishedOn()
	 * @generated
	 */
	void setFinishedOn(Instant value);

	/**
	 * Returns the value of the '<em><b>Duration Millis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How long the cycle took, in milliseconds.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Duration Millis</em>' attribute.
	 * @see #setDurationMillis(long)
	 * @see org.fieldbook.model.FieldbookPackage#getSyncSummary_DurationMillis()
	 * @model annotation="http://www.fieldbook.org/dataverse column='fieldbook_durationms'"
	 * @generated
	 */
	long getDurationMillis();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.SyncSummary#getDurationMillis <em>Duration Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration Millis</em>' attribute.
	 * @see #getDurationMillis()
	 * @generated
	 */
	void setDurationMillis(long value);

	/**
	 * Returns the value of the '<em><b>Succeeded</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the cycle uploaded and downloaded everything it set out to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Succeeded</em>' attribute.
	 * @see #setSucceeded(boolean)
	 * @see org.fieldbook.model.FieldbookPackage#getSyncSummary_Succeeded()
	 * @model annotation="http://www.fieldbook.org/dataverse column='fieldbook_succeeded'"
	 * @generated
	 */
	boolean isSucceeded();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.SyncSummary#isSucceeded <em>Succeeded</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Succeeded</em>' attribute.
	 * @see #isSucceeded()
	 * @generated
	 */
	void setSucceeded(boolean value);

	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the cycle failed; empty when it succeeded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see #setMessage(String)
	 * @see org.fieldbook.model.FieldbookPackage#getSyncSummary_Message()
	 * @model annotation="http://www.fieldbook.org/dataverse column='fieldbook_message' maxLength='4000'"
	 * @generated
	 */
	String getMessage();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.SyncSummary#getMessage <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message</em>' attribute.
	 * @see #getMessage()
	 * @generated
	 */
	void setMessage(String value);

	/**
	 * Returns the value of the '<em><b>Rows On Device</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rows of the profile's tables on the device after the cycle.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rows On Device</em>' attribute.
	 * @see #setRowsOnDevice(int)
	 * @see org.fieldbook.model.FieldbookPackage#getSyncSummary_RowsOnDevice()
	 * @model annotation="http://www.fieldbook.org/dataverse column='fieldbook_rowsondevice'"
	 * @generated
	 */
	int getRowsOnDevice();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.SyncSummary#getRowsOnDevice <em>Rows On Device</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rows On Device</em>' attribute.
	 * @see #getRowsOnDevice()
	 * @generated
	 */
	void setRowsOnDevice(int value);

	/**
	 * Returns the value of the '<em><b>Pending Edits</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Local edits still waiting to be uploaded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pending Edits</em>' attribute.
	 * @see #setPendingEdits(int)
	 * @see org.fieldbook.model.FieldbookPackage#getSyncSummary_PendingEdits()
	 * @model annotation="http://www.fieldbook.org/dataverse column='fieldbook_pendingedits'"
	 * @generated
	 */
	int getPendingEdits();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.SyncSummary#getPendingEdits <em>Pending Edits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pending Edits</em>' attribute.
	 * @see #getPendingEdits()
	 * @generated
	 */
	void setPendingEdits(int value);

	/**
	 * Returns the value of the '<em><b>Open Errors</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sync errors and conflicts the technician has not dealt with.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Open Errors</em>' attribute.
	 * @see #setOpenErrors(int)
	 * @see org.fieldbook.model.FieldbookPackage#getSyncSummary_OpenErrors()
	 * @model annotation="http://www.fieldbook.org/dataverse column='fieldbook_openerrors'"
	 * @generated
	 */
	int getOpenErrors();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.SyncSummary#getOpenErrors <em>Open Errors</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Open Errors</em>' attribute.
	 * @see #getOpenErrors()
	 * @generated
	 */
	void setOpenErrors(int value);

	/**
	 * Returns the value of the '<em><b>Client Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The version of the app that synced.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Client Version</em>' attribute.
	 * @see #setClientVersion(String)
	 * @see org.fieldbook.model.FieldbookPackage#getSyncSummary_ClientVersion()
	 * @model annotation="http://www.fieldbook.org/dataverse column='fieldbook_clientversion' maxLength='100'"
	 * @generated
	 */
	String getClientVersion();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.SyncSummary#getClientVersion <em>Client Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Client Version</em>' attribute.
	 * @see #getClientVersion()
	 * @generated
	 */
	void setClientVersion(String value);

} // SyncSummary
